# The kiosk as a systemd service (issue 14): signals, sd_notify and the watchdog
# (test_service), and the unit file itself (systemd-analyze verify and security).
add_executable(test_service ${CMAKE_CURRENT_SOURCE_DIR}/test_service.c)
target_link_libraries(test_service PRIVATE wr_kiosk)
add_test(NAME service_signals COMMAND test_service $<TARGET_FILE:waitroom>)
set_tests_properties(service_signals PROPERTIES TIMEOUT 120 ENVIRONMENT "${WR_PRINT_ENV}")
add_test(NAME service_unit COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/service/unit.sh
         ${CMAKE_BINARY_DIR}/waitroom.service $<TARGET_FILE:waitroom>
         ${WR_SOURCE_DIR}/kiosk/waitroom-after)
set_tests_properties(service_unit PROPERTIES TIMEOUT 60)
