-- urgent_cups_urgent.lua -- run by urgent_cups.sh: an urgent answer; the drive ends with the
-- urgent screen still up (the slip must already be at the desk printer).
start()
tap "Begin"
tap "Yes"
expect_screen "urgent"
