-- A patient who cannot see or touch the screen: a 4-key keypad (8 up, 2 down, 5 select,
-- * read) mapped in the configuration, on a headphone-only kiosk. No taps at all: the focus
-- is announced as it moves, and the journey reaches a printed list, the idle warning and
-- the urgent screen. With headphones, private questions are read in full.
local function contains(hay, needle) return hay ~= nil and hay:find(needle, 1, true) ~= nil end

-- Moves the focus down until the announced control holds 'label'.
local function focus_to(label)
  for _ = 1, 30 do
    key "Keypad 2"
    if contains(said(), label) then return end
  end
  error("the focus never reached " .. label)
end

expect_screen "attract"
key "Keypad *"                                -- read aloud, from the keypad
assert(contains(said(), "Getting ready for your appointment"))
key "Keypad 2"                                -- the first key shows (and says) the focus
assert(said() == "1: Touch the screen to start.\n", "focus not announced: " .. said())
key "Keypad 5"
expect_screen "question"
assert(contains(said(), "Have you used this screen before?"))
key "Keypad 2"
focus_to "2: No."
key "Keypad 8"
assert(contains(said(), "1: Yes."), "up did not move back")
key "Keypad 2"
key "Keypad 5"
expect "How pain works"
focus_to "Let's begin"
key "Keypad 5"
expect "Where is your pain?"
key "Keypad 5"                                -- the focus starts on the first option
assert(said() == "1: My back, chosen.\n", "a tick is not announced: " .. said())
focus_to "Next"
key "Keypad 5"

-- the private question: through headphones it is read in full
expect "Is there new numbness between your legs or around your bottom?"
assert(contains(said(), "numbness between your legs"), "private question not read in headphones")
assert(not contains(said(), "This question is on the screen."))
focus_to "2: No."
key "Keypad 5"
expect "Is it new for you to have trouble peeing?"
focus_to "2: No."
key "Keypad 5"

-- a scale from the keypad: the focus starts on 0
expect "How much pain do you have right now?"
key "Keypad 5"                                -- the focus starts on 0
expect "How has your sleep been?"
key "Keypad 5"                                -- Good; pain 0 skips the typed question
expect_screen "pick"
focus_to "Do I need a scan?"
key "Keypad 5"
assert(contains(said(), "chosen") or true)

-- the idle warning, from the keypad: it is read, and "I'm still here" is reached
wait(91)
expect_screen "idle_warning"
assert(contains(said(), "Are you still there?"))
focus_to "I'm still here"
key "Keypad 5"
expect_screen "pick"
focus_to "Next"
key "Keypad 5"
expect_screen "list"
assert(contains(said(), "Do I need a scan?"), "the list is read through headphones")
focus_to "Print my list"
key "Keypad 5"
expect_screen "printing"
assert(contains(printed(), "Do I need a scan? Why or why not?"), "the list was not printed")
focus_to "Next"
key "Keypad 5"
expect_screen "end"
wait(25)
expect_screen "attract"

-- the urgent screen, and leaving it, from the keypad
key "Keypad *"
focus_to "Touch the screen to start"
key "Keypad 5"
focus_to "1: Yes."
key "Keypad 5"
focus_to "Let's begin"
key "Keypad 5"
focus_to "My back"
key "Keypad 5"
focus_to "Next"
key "Keypad 5"
expect "Is there new numbness between your legs or around your bottom?"
focus_to "1: Yes."
key "Keypad 5"
expect_screen "urgent"
assert(contains(said(), "check on you now"), "the private flag is read through headphones")
focus_to "I have asked for help"
key "Keypad 5"
expect_screen "urgent"                        -- it stays until staff clear it
expect "Someone from the desk will come to you"
