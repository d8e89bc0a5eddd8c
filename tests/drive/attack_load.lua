-- A pack that tries to escape the sandbox when it loads is refused: the patient sees the
-- calm error screen (staff read the reason in the log and with --check), and it stays.
expect_screen "error"
expect "Please ask at the front desk."
expect_not "not available"
expect_not "main.lua"
wait(120)
expect_screen "error"
