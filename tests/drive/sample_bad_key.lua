-- A keypad key name the kiosk does not know (keys_next = Keypad 2, Keypad Twelve) is a
-- configuration problem staff see on the staff menu; the setting's other key still works.
start()
key "F1"                                     -- read aloud on (keys_read's default)
wait(1)
key "Keypad 2"                               -- the good key of keys_next: the focus, then
key "Keypad 2"                               -- the next control, said
assert(tostring(said()):find("2: No.", 1, true), "the focus on No was not announced: " .. tostring(said()))
hold "top-left"
for _, d in ipairs { "2", "4", "6", "8" } do tap(d) end
expect_screen "staff"
expect "Configuration problem:"
expect "keys_next: no key called \"Keypad Twelve\""
