# Torch legacy-account migration benchmark: 500,000 legacy accounts against 2,500,000 platform accounts; the
# migration's run time, rows/s, counts per case and peak memory, then the help desk's migration look-up p50/p99
# (JSON). Built with the tests, never run by ctest:
#   bench_migration [--db URL] [--persons N] [--organizations M] [--legacy L] [--samples K] [--seed S] [--batch B]
#                   [--keep]
if(NOT TARGET desk_bench_support) # shared with lookup.cmake: whichever is included first defines it
    add_library(desk_bench_support STATIC ${CMAKE_CURRENT_LIST_DIR}/BenchSupport.h ${CMAKE_CURRENT_LIST_DIR}/BenchSupport.cpp)
    target_include_directories(desk_bench_support PUBLIC ${CMAKE_CURRENT_LIST_DIR})
    target_link_libraries(desk_bench_support PUBLIC desk_common desk_store desk_demo Qt6::Core Qt6::Sql)
endif()
add_executable(bench_migration ${CMAKE_CURRENT_LIST_DIR}/bench_migration.cpp)
target_link_libraries(bench_migration PRIVATE desk_bench_support desk_common desk_models Qt6::Core Qt6::Sql)
target_compile_definitions(bench_migration
    PRIVATE DESK_BENCH_MIGRATION_DB="${CMAKE_BINARY_DIR}/identitydesk-migration-bench.db")
