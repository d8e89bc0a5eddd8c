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

# The staff menu's day jobs, on the private cupsd (the printer's state) with the test page
# to a folder: "Restart the kiosk" exits 3 and "Shut down the machine" exits 4 (the statuses
# the unit maps); the test page's PDF says what it is and nothing else.
set(WR_STAFF_OUT ${CMAKE_BINARY_DIR}/staff-day-out)
add_test(NAME drive_staff_day_restart COMMAND sh -c "rm -rf '${WR_STAFF_OUT}'; \
  '$<TARGET_FILE:waitroom>' --headless --scripts '${WR_SOURCE_DIR}/scripts/sample' \
  --config '${WR_DRIVE_DIR}/staff_day.conf' --drive '${WR_DRIVE_DIR}/staff_day_restart.lua' \
  --print-to '${WR_STAFF_OUT}' --shots '${WR_SHOTS_DIR}/staff_day'; s=$?; \
  test $s -eq 3 || { echo \"exit status $s, not 3\"; exit 1; }; \
  pdftotext '${WR_STAFF_OUT}/handout-1.pdf' - | grep -q 'If you can read this, printing works'")
add_test(NAME drive_staff_day_shutdown COMMAND sh -c "sed 's/^printer = good/printer = disabled/' \
  '${WR_DRIVE_DIR}/staff_day.conf' > '${CMAKE_BINARY_DIR}/staff_day_disabled.conf'; \
  '$<TARGET_FILE:waitroom>' --headless --scripts '${WR_SOURCE_DIR}/scripts/sample' \
  --config '${CMAKE_BINARY_DIR}/staff_day_disabled.conf' \
  --drive '${WR_DRIVE_DIR}/staff_day_shutdown.lua'; s=$?; \
  test $s -eq 4 || { echo \"exit status $s, not 4\"; exit 1; }")
set_tests_properties(drive_staff_day_restart drive_staff_day_shutdown PROPERTIES TIMEOUT 120
  FIXTURES_REQUIRED wr_cupsd RESOURCE_LOCK wr_cupsd LABELS drive
  ENVIRONMENT "${WR_PRINT_ENV};${WR_CUPSD_ENV}")

# Signed script updates from a USB stick: good, tampered, unsigned, failing-check and
# older-version bundles through the staff menu (bundles.sh).
add_test(NAME service_bundles COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/service/bundles.sh
         $<TARGET_FILE:waitroom> ${WR_SOURCE_DIR} ${CMAKE_BINARY_DIR}/bundles)
set_tests_properties(service_bundles PROPERTIES TIMEOUT 120 ENVIRONMENT "${WR_PRINT_ENV}")
