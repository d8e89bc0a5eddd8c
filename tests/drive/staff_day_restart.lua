-- The staff menu for the day's jobs: version, pack, language, speech volume, the printer's
-- state from CUPS, a test page, a configuration problem shown (not fatal), and "Restart
-- the kiosk" (the kiosk exits with status 3, which the unit restarts).
start()
tap "Yes"
hold "top-left"
for _, d in ipairs { "2", "4", "6", "8" } do tap(d) end
expect_screen "staff"
expect "waitroom 0.1.0, video: headless; default language: en; speech volume:"
expect "Scripts in use:"
expect "Clinical review:"
expect "Configuration problem:"
expect "staff_day.conf:6: unknown setting (the default is used)"
expect "Printer: not checked yet"
tap "Check the printer"
expect "Printer: good: ready"
tap "Print a test page"
expect "Test page: printed"
shot "staff_day"
tap "Restart the kiosk"
