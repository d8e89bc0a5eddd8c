-- A printer that is missing, stopped or refusing jobs: "ask at the desk", and the kiosk goes on.
start()
tap "No"
tap "Let's begin"
tap "Next"
tap "Skip"
tap "Skip"
type "Penguin 5521"
tap "Next"
tap "Next"
tap "Print my list"
expect_screen "printing"
expect "Please ask at the desk for help with printing."
tap "Next"
expect_screen "end"
tap "Done"
expect_screen "attract"
start()                                     -- the next patient is not held up
expect_screen "question"
