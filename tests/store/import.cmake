# CSV import of platform and legacy accounts, on SQLite and PostgreSQL.
add_desk_test(tst_csvimport STORE SOURCES tst_csvimport.cpp LIBS desk_models desk_cli LABELS store)
