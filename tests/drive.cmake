# Drive tests: the real kiosk, headless, playing a patient's taps against a script pack.
# sample_*.lua run on scripts/sample; clinic_*.lua on the shipped clinical pack;
# error_*.lua on the broken packs under tests/drive/packs.
set(WR_DRIVE_DIR ${CMAKE_CURRENT_SOURCE_DIR}/drive)
set(WR_SHOTS_DIR ${CMAKE_BINARY_DIR}/shots)

function(wr_drive_test name pack file)
  add_test(NAME drive_${name}
           COMMAND waitroom --headless --scripts ${pack} --drive ${file}
                   --shots ${WR_SHOTS_DIR}/${name} ${ARGN})
  set_tests_properties(drive_${name} PROPERTIES TIMEOUT 120 ENVIRONMENT "${WR_PRINT_ENV}"
                       LABELS drive)
endfunction()

file(GLOB sample_drives ${WR_DRIVE_DIR}/sample_*.lua)
foreach(f ${sample_drives})
  get_filename_component(n ${f} NAME_WE)
  if(EXISTS ${WR_DRIVE_DIR}/${n}.conf)
    wr_drive_test(${n} ${WR_SOURCE_DIR}/scripts/sample ${f} --config ${WR_DRIVE_DIR}/${n}.conf)
  else()
    wr_drive_test(${n} ${WR_SOURCE_DIR}/scripts/sample ${f})
  endif()
endforeach()

file(GLOB clinic_drives ${WR_DRIVE_DIR}/clinic_*.lua)
foreach(f ${clinic_drives})
  get_filename_component(n ${f} NAME_WE)
  wr_drive_test(${n} ${WR_SOURCE_DIR}/scripts/clinic ${f} --config ${WR_DRIVE_DIR}/clinic.conf)
endforeach()

wr_drive_test(error_runtime ${WR_DRIVE_DIR}/packs/runtime_error ${WR_DRIVE_DIR}/error_runtime.lua)
wr_drive_test(error_syntax ${WR_DRIVE_DIR}/packs/syntax_error ${WR_DRIVE_DIR}/error_syntax.lua)

# Screenshots of the main screens at 1080p and 800x480 portrait (looked at by people; the
# test checks that they are written and that the drive holds at both sizes).
wr_drive_test(shots_1080p ${WR_SOURCE_DIR}/scripts/sample ${WR_DRIVE_DIR}/shots.lua --size 1920x1080
               --config ${WR_DRIVE_DIR}/sample_staff.conf)
wr_drive_test(shots_portrait ${WR_SOURCE_DIR}/scripts/sample ${WR_DRIVE_DIR}/shots.lua --size 480x800
               --config ${WR_DRIVE_DIR}/sample_staff.conf)

# --check: a sound pack passes; a broken one fails with file:line.
add_test(NAME check_sample COMMAND waitroom --check ${WR_SOURCE_DIR}/scripts/sample)
add_test(NAME check_syntax_error COMMAND waitroom --check ${WR_DRIVE_DIR}/packs/syntax_error)
set_tests_properties(check_syntax_error PROPERTIES
  PASS_REGULAR_EXPRESSION "main.lua:[45]:" TIMEOUT 30)
add_test(NAME check_syntax_error_exit COMMAND waitroom --check ${WR_DRIVE_DIR}/packs/syntax_error)
set_tests_properties(check_syntax_error_exit PROPERTIES WILL_FAIL TRUE TIMEOUT 30)

# Printing from the kiosk: to the private cupsd's queues (see print.cmake), and to a folder.
# The good queue's test also reads what reached the printer (print_check.sh) while it still
# holds the print server, so no other test's printout can come in between.
# Every fault ends at "Please ask at the desk for help": a missing, stopped, rejecting,
# out-of-paper, broken or slow (2 s timeout) queue, and no print server at all.
foreach(q missing disabled rejecting paperout broken slow noserver)
  wr_drive_test(print_${q} ${WR_SOURCE_DIR}/scripts/sample ${WR_DRIVE_DIR}/print_fail.lua
                --config ${WR_DRIVE_DIR}/print_${q}.conf)
  set_tests_properties(drive_print_${q} PROPERTIES FIXTURES_REQUIRED wr_cupsd
    RESOURCE_LOCK wr_cupsd ENVIRONMENT "${WR_PRINT_ENV};${WR_CUPSD_ENV}")
endforeach()
set_tests_properties(drive_print_noserver PROPERTIES ENVIRONMENT
  "${WR_PRINT_ENV};CUPS_SERVER=127.0.0.1:9")
add_test(NAME drive_print_good COMMAND sh -c "'$<TARGET_FILE:waitroom>' --headless \
  --scripts '${WR_SOURCE_DIR}/scripts/sample' --drive '${WR_DRIVE_DIR}/print_ok.lua' \
  --config '${WR_DRIVE_DIR}/print_good.conf' && sh '${WR_DRIVE_DIR}/print_check.sh'")
set_tests_properties(drive_print_good PROPERTIES TIMEOUT 120 FIXTURES_REQUIRED wr_cupsd
  RESOURCE_LOCK wr_cupsd ENVIRONMENT "${WR_PRINT_ENV};${WR_CUPSD_ENV}" LABELS drive)

set(WR_PRINT_TO ${CMAKE_BINARY_DIR}/print-to)
add_test(NAME drive_print_to COMMAND sh -c "rm -rf '${WR_PRINT_TO}' && mkdir -p '${WR_PRINT_TO}' && \
  '$<TARGET_FILE:waitroom>' --headless --scripts '${WR_SOURCE_DIR}/scripts/sample' \
  --drive '${WR_DRIVE_DIR}/print_ok.lua' --print-to '${WR_PRINT_TO}' && \
  pdftotext '${WR_PRINT_TO}/list-1.pdf' - | grep -F 'Will the quok'")
set_tests_properties(drive_print_to PROPERTIES TIMEOUT 120 ENVIRONMENT "${WR_PRINT_ENV}")

# Privacy: under strace, a whole journey with typing and printing opens no file for writing.
add_test(NAME privacy_no_writes COMMAND sh ${WR_DRIVE_DIR}/no_writes.sh $<TARGET_FILE:waitroom>
         ${WR_SOURCE_DIR}/scripts/sample ${WR_DRIVE_DIR}/print_ok.lua ${CMAKE_BINARY_DIR}/no-writes)
set_tests_properties(privacy_no_writes PROPERTIES TIMEOUT 180 ENVIRONMENT "${WR_PRINT_ENV}")

# Nothing typed outlives the visit, in RAM too: the real kiosk in a window under Xvfb,
# a canary typed with xdotool, the idle wipe, then a scan of /proc/PID/mem (as UTF-8,
# UTF-16 and UTF-32). And no D-Bus or other IPC: the same kiosk, then a journey with a
# printout, under strace (no program but waitroom-print, sockets to X and CUPS only).
add_executable(ram_scan ${CMAKE_CURRENT_SOURCE_DIR}/privacy/ram_scan.c)
set(WR_XVFB xvfb-run -a -s "-screen 0 1024x768x24")
set(WR_X_ENV "SDL_AUDIODRIVER=dummy;WR_SOURCE_DIR=${WR_SOURCE_DIR}")
add_test(NAME privacy_ram_scan COMMAND ${WR_XVFB} $<TARGET_FILE:ram_scan> $<TARGET_FILE:waitroom>
         ${WR_DRIVE_DIR}/packs/typing ${CMAKE_CURRENT_SOURCE_DIR}/privacy/ram_scan.conf)
add_test(NAME privacy_no_ipc COMMAND ${WR_XVFB} sh ${CMAKE_CURRENT_SOURCE_DIR}/privacy/no_ipc.sh
         $<TARGET_FILE:waitroom> ${WR_SOURCE_DIR}/scripts/sample ${WR_DRIVE_DIR}/print_ok.lua
         ${WR_DRIVE_DIR}/packs/typing ${CMAKE_BINARY_DIR}/no-ipc)
set_tests_properties(privacy_ram_scan privacy_no_ipc PROPERTIES TIMEOUT 180
                     ENVIRONMENT "${WR_X_ENV}")

# Handouts (patient and staff) and slips for the desk, printed to a folder.
set(WR_HANDOUTS_OUT ${CMAKE_BINARY_DIR}/handouts-out)
add_test(NAME drive_handouts COMMAND sh -c "rm -rf '${WR_HANDOUTS_OUT}' && \
  '$<TARGET_FILE:waitroom>' --headless --scripts '${WR_SOURCE_DIR}/scripts/sample' \
  --config '${WR_DRIVE_DIR}/handouts.conf' --drive '${WR_DRIVE_DIR}/handouts.lua' \
  --print-to '${WR_HANDOUTS_OUT}' && \
  test $(ls '${WR_HANDOUTS_OUT}' | grep -c '^handout-') -eq 4 && \
  pdftotext '${WR_HANDOUTS_OUT}/handout-4.pdf' - | grep -q 'Sample leaflet'")
set_tests_properties(drive_handouts PROPERTIES TIMEOUT 120 ENVIRONMENT "${WR_PRINT_ENV}")

set(WR_SLIPS_OUT ${CMAKE_BINARY_DIR}/slips-out)
add_test(NAME drive_slips COMMAND sh -c "rm -rf '${WR_SLIPS_OUT}' && \
  '$<TARGET_FILE:waitroom>' --headless --scripts '${WR_SOURCE_DIR}/scripts/sample' \
  --config '${WR_DRIVE_DIR}/slips.conf' --drive '${WR_DRIVE_DIR}/slips.lua' \
  --print-to '${WR_SLIPS_OUT}' && \
  pdftotext '${WR_SLIPS_OUT}/slip-1.pdf' - | grep -q 'Hot swollen joint: check for infection' && \
  pdftotext '${WR_SLIPS_OUT}/slip-2.pdf' - | grep -q 'Possible cauda equina symptoms' && \
  ! pdftotext '${WR_SLIPS_OUT}/slip-1.pdf' - | grep -q 'Marmot' && \
  ! ls '${WR_SLIPS_OUT}' | grep -q '^list-'")
set_tests_properties(drive_slips PROPERTIES TIMEOUT 120 ENVIRONMENT "${WR_PRINT_ENV}")

# Live preview and refused reloads (kiosk/preview.c), on a copy of the sample pack.
add_executable(test_preview ${CMAKE_CURRENT_SOURCE_DIR}/test_preview.c)
target_link_libraries(test_preview PRIVATE wr_kiosk)
add_test(NAME preview COMMAND test_preview)
set_tests_properties(preview PROPERTIES TIMEOUT 60 ENVIRONMENT "${WR_PRINT_ENV}")

# valgrind over a whole journey with printing (kiosk and print worker). Skipped under the
# sanitizers, which do the same job there.
if(NOT WR_SANITIZE)
  add_test(NAME valgrind_journey COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/valgrind.sh
           $<TARGET_FILE:waitroom> ${WR_SOURCE_DIR}/scripts/sample ${WR_DRIVE_DIR}/print_ok.lua
           ${CMAKE_BINARY_DIR}/valgrind)
  set_tests_properties(valgrind_journey PROPERTIES TIMEOUT 300 ENVIRONMENT "${WR_PRINT_ENV}")
endif()

# The sandbox's attacks (tests/packs/attack_*), seen from the patient's side: a pack that
# attacks when it loads shows the calm error screen; one that attacks at run time shows it
# when the attack runs, and the kiosk goes on. (test_lua_check checks the staff messages.)
file(GLOB attack_packs LIST_DIRECTORIES true ${CMAKE_CURRENT_SOURCE_DIR}/packs/attack_*)
foreach(dir ${attack_packs})
  get_filename_component(n ${dir} NAME)
  if(n MATCHES "^attack_runtime_")
    wr_drive_test(${n} ${dir} ${WR_DRIVE_DIR}/attack_runtime.lua)
  else()
    wr_drive_test(${n} ${dir} ${WR_DRIVE_DIR}/attack_load.lua)
  endif()
endforeach()

# Pack files git cannot hold (a pipe, a device, a file over 4 MiB, a strings folder or table that is
# a link), made at test time: each refused by --check with E009 in under 5 s, and the kiosk
# shows its calm error screen.
add_test(NAME attack_special_files COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/attack/special_files.sh
         $<TARGET_FILE:waitroom> ${CMAKE_BINARY_DIR}/attack-special ${WR_DRIVE_DIR}/attack_load.lua)
set_tests_properties(attack_special_files PROPERTIES TIMEOUT 120 ENVIRONMENT "${WR_TEST_ENV}")

# A --config that is not plain UTF-8 text is named clearly, with its line.
add_test(NAME bad_config COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/attack/bad_config.sh
         $<TARGET_FILE:waitroom> ${WR_SOURCE_DIR}/scripts/sample ${CMAKE_BINARY_DIR}/bad-config)
set_tests_properties(bad_config PROPERTIES TIMEOUT 120 ENVIRONMENT "${WR_TEST_ENV}")
# The safety loop (engine): urgent screens cleared by staff only, chime, slips, private
# urgent items, combinations, the today slip at the end of the safety part.
# Then the printouts: each flagged list on one page with its For staff box; no slip holds a
# patient's words.
set(WR_LOOP_OUT ${CMAKE_BINARY_DIR}/urgent-loop-out)
add_test(NAME drive_urgent_loop COMMAND sh -c "rm -rf '${WR_LOOP_OUT}' && \
  '$<TARGET_FILE:waitroom>' --headless --scripts '${WR_DRIVE_DIR}/packs/urgent_loop' \
  --config '${WR_DRIVE_DIR}/urgent_loop.conf' --drive '${WR_DRIVE_DIR}/urgent_loop.lua' \
  --shots '${WR_SHOTS_DIR}/urgent_loop' --print-to '${WR_LOOP_OUT}' && \
  for f in '${WR_LOOP_OUT}'/list-*.pdf; do \
    pdfinfo \"$f\" | grep -q '^Pages: *1$' && pdftotext \"$f\" - | grep -q 'For staff' || exit 1; done && \
  test $(ls '${WR_LOOP_OUT}' | grep -c '^slip-') -ge 8 && \
  for f in '${WR_LOOP_OUT}'/slip-*.pdf; do \
    ! pdftotext \"$f\" - | grep -Eiq 'walrus|right now|numbness around|bottom|I have had' || exit 1; done")
set_tests_properties(drive_urgent_loop PROPERTIES TIMEOUT 120 ENVIRONMENT "${WR_PRINT_ENV}"
                     LABELS drive)

# The urgent screens with Larger text on small screens (shots for people to look at).
foreach(size 480x800 800x480)
  wr_drive_test(urgent_shots_${size} ${WR_DRIVE_DIR}/packs/urgent_loop
                ${WR_DRIVE_DIR}/urgent_shots.lua --size ${size}
                --config ${WR_DRIVE_DIR}/urgent_loop.conf)
endforeach()

# The urgent slip and the today slip reach the private cupsd's desk queue at the right moment.
add_test(NAME drive_urgent_cups COMMAND sh ${WR_DRIVE_DIR}/urgent_cups.sh $<TARGET_FILE:waitroom>
         ${WR_DRIVE_DIR}/packs/urgent_loop ${WR_DRIVE_DIR})
set_tests_properties(drive_urgent_cups PROPERTIES TIMEOUT 120 FIXTURES_REQUIRED wr_cupsd
  RESOURCE_LOCK wr_cupsd ENVIRONMENT "${WR_PRINT_ENV};${WR_CUPSD_ENV}" LABELS drive)

# The journal: a line when an urgent screen comes (its flag code and the time, nothing
# else), again while it is still up after alert_repeat_minutes, and when staff clear it.
add_test(NAME drive_urgent_journal COMMAND sh -c "'$<TARGET_FILE:waitroom>' --headless \
  --scripts '${WR_DRIVE_DIR}/packs/urgent_loop' --config '${WR_DRIVE_DIR}/urgent_loop.conf' \
  --drive '${WR_DRIVE_DIR}/urgent_journal.lua' --print-to '${CMAKE_BINARY_DIR}/journal-out' \
  2>&1 | grep '^waitroom:' > '${CMAKE_BINARY_DIR}/journal.log'; \
  cat '${CMAKE_BINARY_DIR}/journal.log' && \
  grep -Eq '^waitroom: urgent flag rf21 at [0-9]{2}:[0-9]{2}$' '${CMAKE_BINARY_DIR}/journal.log' && \
  grep -Eq '^waitroom: urgent flag rf21 at [0-9]{2}:[0-9]{2} [(]still showing[)]$' \
    '${CMAKE_BINARY_DIR}/journal.log' && \
  grep -Eq '^waitroom: urgent screen cleared by staff at [0-9]{2}:[0-9]{2}$' \
    '${CMAKE_BINARY_DIR}/journal.log' && \
  ! grep -Eiq 'chest|yes|begin|asked' '${CMAKE_BINARY_DIR}/journal.log'")
set_tests_properties(drive_urgent_journal PROPERTIES TIMEOUT 60 ENVIRONMENT "${WR_PRINT_ENV}"
                     LABELS drive)

# The clinic pack's today slip prints as soon as the safety part is over (its slip step): the
# 78-year-old who slipped at home (clinic_fall.lua), once in English and once in Spanish, each
# slip with the flag's code and clinician words only, never the patient's words.
set(WR_FALL_OUT ${CMAKE_BINARY_DIR}/clinic-fall-out)
add_test(NAME drive_clinic_fall_slip COMMAND sh -c "rm -rf '${WR_FALL_OUT}' && \
  '$<TARGET_FILE:waitroom>' --headless --scripts '${WR_SOURCE_DIR}/scripts/clinic' \
  --config '${WR_DRIVE_DIR}/clinic.conf' --drive '${WR_DRIVE_DIR}/clinic_fall.lua' \
  --print-to '${WR_FALL_OUT}' && \
  test $(ls '${WR_FALL_OUT}' | grep -c '^slip-') -eq 2 && ! ls '${WR_FALL_OUT}' | grep -q '^list-' && \
  for f in '${WR_FALL_OUT}'/slip-*.pdf; do \
    pdftotext \"$f\" - | grep -q 'rf16_minor: RF-16' && \
    ! pdftotext \"$f\" - | grep -Eiq 'small fall|caída pequeña|trip or a slip|tropiezo' || exit 1; done")
set_tests_properties(drive_clinic_fall_slip PROPERTIES TIMEOUT 120 ENVIRONMENT "${WR_PRINT_ENV}"
                     LABELS drive)

# A desk code of fewer than 4 digits is refused with the file and line.
add_test(NAME config_bad_desk_code COMMAND waitroom --headless --scripts ${WR_SOURCE_DIR}/scripts/sample
         --config ${WR_DRIVE_DIR}/bad_desk_code.conf --drive ${WR_DRIVE_DIR}/sample_urgent.lua)
set_tests_properties(config_bad_desk_code PROPERTIES TIMEOUT 30 ENVIRONMENT "${WR_TEST_ENV}"
  PASS_REGULAR_EXPRESSION "bad_desk_code.conf:2: desk_code must be 4 to 15 digits")

# A typical visit with no warning signs prints on one page, A4 and Letter.
foreach(size A4 Letter)
  set(out ${CMAKE_BINARY_DIR}/onepage-${size})
  add_test(NAME drive_onepage_${size} COMMAND sh -c "rm -rf '${out}' && mkdir -p '${out}' && \
    printf 'page_size = ${size}\\n' > '${out}.conf' && \
    '$<TARGET_FILE:waitroom>' --headless --scripts '${WR_SOURCE_DIR}/scripts/clinic' \
    --config '${out}.conf' --drive '${WR_DRIVE_DIR}/onepage_list.lua' --print-to '${out}' && \
    pdfinfo '${out}/list-1.pdf' | grep '^Pages: *1$'")
  set_tests_properties(drive_onepage_${size} PROPERTIES TIMEOUT 120
                       ENVIRONMENT "${WR_PRINT_ENV}" LABELS drive)
endforeach()

# Script state is discarded with the visit (a pack with script functions is loaded afresh).
wr_drive_test(script_state ${WR_DRIVE_DIR}/packs/script_state ${WR_DRIVE_DIR}/script_state.lua)

# Soak (label "long", run under the sanitizers in CI): 100,000 random visits of the clinic
# pack by the walker across four seeds, and random taps on every screen a tap can reach
# (controls() lists them) for the sample and the clinic pack. Each fails on any error,
# crash or sanitizer report, and prints what it reached.
foreach(seed 1 2 3 4)
  add_test(NAME soak_walk_${seed}
           COMMAND waitroom --walk ${WR_SOURCE_DIR}/scripts/clinic --runs 25000 --seed ${seed})
  set_tests_properties(soak_walk_${seed} PROPERTIES TIMEOUT 3600 LABELS long
                       ENVIRONMENT "${WR_TEST_ENV}" PASS_REGULAR_EXPRESSION "\nno errors found\n")
endforeach()
foreach(pack sample clinic)
  add_test(NAME soak_random_taps_${pack}
           COMMAND waitroom --headless --scripts ${WR_SOURCE_DIR}/scripts/${pack}
                   --drive ${CMAKE_CURRENT_SOURCE_DIR}/soak/random_taps.lua
                   --print-to ${CMAKE_BINARY_DIR}/soak-print-${pack})
  set_tests_properties(soak_random_taps_${pack} PROPERTIES TIMEOUT 3600 LABELS long
                       ENVIRONMENT "${WR_PRINT_ENV}")
endforeach()

# --no-audio: read aloud is silent, the kiosk goes on, the staff menu says so.
wr_drive_test(no_audio ${WR_SOURCE_DIR}/scripts/sample ${WR_DRIVE_DIR}/no_audio.lua
              --config ${WR_DRIVE_DIR}/sample_staff.conf --no-audio)

# The shipped sample configuration (installed as /etc/waitroom/waitroom.conf) with the
# clinical pack: the whole English journey as a clinic that changed nothing would see it.
wr_drive_test(clinic_journey_example_conf ${WR_SOURCE_DIR}/scripts/clinic
              ${WR_DRIVE_DIR}/clinic_journey_en.lua --config ${WR_SOURCE_DIR}/kiosk/example.conf)

# The printout as a clinician gets it (printout.lua, printout.conf with a clinic name): the
# clinic's name, the date in words (English and Spanish), the summary line, one page, no
# version footer, the warning signs that fit the answers, and handouts with the pictures.
set(WR_PRINTOUT_OUT ${CMAKE_BINARY_DIR}/printout-out)
add_test(NAME drive_printout COMMAND sh -c "rm -rf '${WR_PRINTOUT_OUT}' && \
  mkdir -p '${WR_PRINTOUT_OUT}' && \
  '$<TARGET_FILE:waitroom>' --headless --scripts '${WR_SOURCE_DIR}/scripts/clinic' \
  --config '${WR_DRIVE_DIR}/printout.conf' --drive '${WR_DRIVE_DIR}/printout.lua' \
  --print-to '${WR_PRINTOUT_OUT}' && sh '${WR_DRIVE_DIR}/printout_check.sh' '${WR_PRINTOUT_OUT}'")
set_tests_properties(drive_printout PROPERTIES TIMEOUT 120 ENVIRONMENT "${WR_PRINT_ENV}"
                     LABELS drive)
