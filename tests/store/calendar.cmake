# The holiday calendar and the shared queue settings, on SQLite and PostgreSQL. The published holiday-cn files for
# 2025 and 2026 are read at run time from the shared reference folder beside the source tree (never copied into
# it); without it the tests that need them are skipped.
add_desk_test(tst_calendar STORE SOURCES tst_calendar.cpp LIBS desk_models desk_cli LABELS store)
get_filename_component(DESK_REFERENCE_HOLIDAYS "${CMAKE_SOURCE_DIR}/../shared/reference/holidays" ABSOLUTE)
target_compile_definitions(tst_calendar PRIVATE DESK_REFERENCE_HOLIDAYS="${DESK_REFERENCE_HOLIDAYS}")
