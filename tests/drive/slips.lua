-- Slips for the desk (urgent_slip = yes, today_slip = yes): an urgent answer prints one at
-- once; a journey that ends with a "today" flag prints one at the end. Only the clinician
-- words of the flags are on them (checked on the PDF files by the test).
start()
tap "No"
tap "Let's begin"
tap "My knee"
tap "Next"
tap "Yes"                       -- hot knee: a "today" flag
tap "Skip"
tap "Skip"
type "Marmot 7781"
tap "Next"
tap "Next"
tap "Next"
expect_screen "end"
tap "Done"
start()
tap "No"
tap "Let's begin"
tap "My back"
tap "Next"
tap "Yes"
expect_screen "urgent"
