-- A script function that fails mid-journey: the patient sees a calm screen that returns to
-- the attract screen; the kiosk keeps running.
start()
tap "My back"
tap "Next"
expect_screen "error"
expect "Read aloud"                              -- on the error screen too
expect "Please ask at the front desk."
expect_not "attempt to index"                    -- the staff message is not for patients
shot "error"
tap "Done"
expect_screen "attract"
-- An urgent answer still reaches the urgent screen, even beside a broken function.
start()
tap "My knee"
expect_screen "question"
tap "Next"
expect_screen "urgent"
wait(120)
expect_screen "urgent"
