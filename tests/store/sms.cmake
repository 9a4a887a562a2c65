# SMS delivery through a fake HTTP gateway on 127.0.0.1, on SQLite and PostgreSQL.
add_desk_test(tst_smssender STORE SOURCES tst_smssender.cpp LIBS desk_models desk_cli Qt6::Network LABELS store)
