# Recovery appeals: the workflow, concurrent claiming and the JSON import, on SQLite and PostgreSQL.
add_desk_test(tst_appealservice STORE SOURCES tst_appealservice.cpp LIBS desk_models LABELS store)
add_desk_test(tst_appealclaims STORE SOURCES tst_appealclaims.cpp LIBS desk_models LABELS store)
add_desk_test(tst_appealintake STORE SOURCES tst_appealintake.cpp LIBS desk_models desk_cli LABELS store)
# The claiming SQL on its own, over a queue table that is not the appeal queue.
add_desk_test(tst_claimengine STORE SOURCES tst_claimengine.cpp LIBS desk_models LABELS store)
