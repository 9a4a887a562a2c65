# Demo data generator: runs on SQLite and PostgreSQL.
add_desk_test(tst_demogenerator STORE SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_demogenerator.cpp
              LIBS desk_demo desk_models LABELS store)
