# Legacy account migration (Torch Center): the engine and the help desk's look-up, on SQLite and PostgreSQL.
add_desk_test(tst_migrationengine STORE SOURCES tst_migrationengine.cpp LIBS desk_models desk_cli LABELS store)
add_desk_test(tst_migrationlookup STORE SOURCES tst_migrationlookup.cpp LIBS desk_models desk_cli LABELS store)
# Calls logged by the help desk: account history and audit log.
add_desk_test(tst_calllog STORE SOURCES tst_calllog.cpp LIBS desk_models LABELS store)
