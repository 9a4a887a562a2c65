# Reports and exports (issue 11): figures on fixed data, exports read back, CLI, SMS outbox; on both databases.
add_desk_test(tst_reports STORE SOURCES tst_reports.cpp LIBS desk_models desk_cli LABELS store)
