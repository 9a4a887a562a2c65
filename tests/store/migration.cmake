# Legacy account migration (Torch Center): the engine and the help desk's look-up, on SQLite and PostgreSQL.
add_desk_test(tst_migrationengine STORE SOURCES tst_migrationengine.cpp LIBS desk_models desk_cli LABELS store)
add_desk_test(tst_migrationlookup STORE SOURCES tst_migrationlookup.cpp LIBS desk_models desk_cli LABELS store)
