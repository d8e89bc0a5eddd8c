-- urgent_journal.lua -- run by the drive_urgent_journal test (urgent_loop.conf: alerts
-- repeat every 2 minutes): one journal line when the urgent screen comes, one more while
-- it is still up after 2 minutes, and one when staff clear it. The test greps the lines.
start()
tap "Begin"
tap "Yes"
expect_screen "urgent"
tap "I have asked for help"
wait(130)
expect_screen "urgent"
hold "top-left"
for d in ("1357"):gmatch("%d") do tap(d) end
expect_screen "attract"
