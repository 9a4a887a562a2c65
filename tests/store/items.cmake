# Item models over the store: run on SQLite and PostgreSQL like the other store tests.
add_desk_test(tst_accountlistmodel STORE SOURCES tst_accountlistmodel.cpp LIBS desk_models LABELS store)
add_desk_test(tst_appeallistmodel STORE SOURCES tst_appeallistmodel.cpp LIBS desk_models LABELS store)
