# The holiday calendar and the shared queue settings, on SQLite and PostgreSQL.
add_desk_test(tst_calendar STORE SOURCES tst_calendar.cpp LIBS desk_models LABELS store)
