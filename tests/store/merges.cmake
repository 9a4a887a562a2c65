# Account merges, rename recovery, project transfers and their undo, on SQLite and PostgreSQL.
add_desk_test(tst_mergeservice STORE SOURCES tst_mergeservice.cpp MergeFixtures.h LIBS desk_models LABELS store)
