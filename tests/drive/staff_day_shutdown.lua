-- "Shut down the machine" on the staff menu: the kiosk exits with status 4 (the unit's
-- ExecStopPost powers the machine off; the kiosk itself never talks to logind or D-Bus).
-- A stopped queue shows as stopped when staff check the printer.
start()
hold "top-left"
for _, d in ipairs { "2", "4", "6", "8" } do tap(d) end
tap "Check the printer"
expect "Printer: disabled: stopped"
tap "Shut down the machine"
