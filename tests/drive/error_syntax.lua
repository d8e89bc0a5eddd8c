-- A pack that does not load: the patient sees the calm error screen, not a crash.
expect_screen "error"
expect "Please ask at the front desk."
wait(600)
expect_screen "error"
