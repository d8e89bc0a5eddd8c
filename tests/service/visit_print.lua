-- A patient's list sent to a printer that never answers (the slow worker of test_service),
-- then the live loop until SIGTERM: the kiosk must exit 0 within 1 s and leave no worker.
start()
tap "No"
tap "Let's begin"
tap "My knee"
tap "Next"
tap "No"
tap "6"
tap "Poor"
type "Marmot"
tap "Next"
tap "Do I need a scan? Why or why not?"
tap "Next"
expect_screen "list"
tap "Print my list"                         -- the drive waits 10 s, then goes on
expect_screen "printing"
serve()
