-- A script function that attacks while a patient uses the kiosk (an endless loop, a memory
-- bomb, an escape attempt): the budget or the cap stops it, the patient sees the calm error
-- screen, and the kiosk carries on with the next patient.
start()
tap "Yes"
expect_screen "error"
expect "Please ask at the front desk."
expect_not "main.lua"
tap "Done"
expect_screen "attract"
start()
expect_screen "question"
