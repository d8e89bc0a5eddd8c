-- urgent_cups_today.lua -- run by urgent_cups.sh: a "today" answer and a combination; the
-- drive ends on the first screen after the safety part (the today slip must already be at
-- the desk printer, long before the visit ends).
start()
tap "Begin"
tap "No"
tap "No"
tap "Yes"
tap "Yes"
expect_screen "question"
expect "Anything else your clinician should know?"
type "Walrus 5521"
