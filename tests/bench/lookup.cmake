# Look-up benchmark: exact look-ups, name-prefix first pages, list-model scrolling, peak memory (JSON).
# Built with the tests, never run by ctest: bench_lookup [--db URL] [--persons N] [--organizations M].
if(NOT TARGET desk_bench_support) # shared with migration.cmake: whichever is included first defines it
    add_library(desk_bench_support STATIC ${CMAKE_CURRENT_LIST_DIR}/BenchSupport.h ${CMAKE_CURRENT_LIST_DIR}/BenchSupport.cpp)
    target_include_directories(desk_bench_support PUBLIC ${CMAKE_CURRENT_LIST_DIR})
    target_link_libraries(desk_bench_support PUBLIC desk_common desk_store desk_demo Qt6::Core Qt6::Sql)
endif()
add_executable(bench_lookup bench_lookup.cpp)
target_link_libraries(bench_lookup PRIVATE desk_bench_support desk_common desk_models Qt6::Core Qt6::Sql)
target_compile_definitions(bench_lookup PRIVATE DESK_BENCH_DEFAULT_DB="${CMAKE_BINARY_DIR}/identitydesk-bench.db")
