# Demo data generator benchmark: bench_demo [--persons N] [--organizations M] [--db URL]
add_executable(bench_demo ${CMAKE_CURRENT_LIST_DIR}/bench_demo.cpp)
target_link_libraries(bench_demo PRIVATE desk_common desk_demo desk_store Qt6::Core)
