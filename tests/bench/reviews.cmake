# Real-name review queue benchmark: 300,000 requests; first visible page of the list model under several filters
# (JSON). Built with the tests, never run by ctest:
#   bench_review_queue [--db URL] [--requests N] [--keep]
add_executable(bench_review_queue ${CMAKE_CURRENT_LIST_DIR}/bench_review_queue.cpp)
target_link_libraries(bench_review_queue PRIVATE desk_bench_support desk_common desk_models Qt6::Core Qt6::Sql)
target_compile_definitions(bench_review_queue PRIVATE DESK_BENCH_REVIEWS_DB="${CMAKE_BINARY_DIR}/identitydesk-reviews-bench.db")
