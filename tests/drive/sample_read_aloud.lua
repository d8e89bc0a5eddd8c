-- Read aloud on the speakers (no headphones): the button on every patient screen, speech
-- that is heard (non-silent, of a plausible length), stopping, the part being read marked,
-- each new screen read once chosen, a private question not read aloud, number keys, and
-- the idle warning spoken with twice the countdown.
local function contains(hay, needle) return hay ~= nil and hay:find(needle, 1, true) ~= nil end

-- the attract screen: nothing is said until the patient asks
expect_screen "attract"
expect "Read aloud"
assert(heard().utterances == 0, "something was read before Read aloud was chosen")
tap "Read aloud"
expect "Stop reading"                         -- the same button stops it
local words = said()
assert(contains(words, "Getting ready for your appointment"), "the title is not read")
assert(contains(words, "1: Touch the screen to start."), "the choices are not read with numbers")
wait(1)
local h = heard()
assert(h.playing, "read aloud stopped after 1 s")
assert(h.seconds >= 0.99 and h.seconds <= 1.01, "1 s of sound should have played")
assert(h.peak > 3000 and h.rms > 300, "the sound is silent: peak " .. h.peak)
assert(h.voice:find("en"), "not an English voice: " .. h.voice)
shot "read_attract"
wait(60)
h = heard()
assert(not h.playing, "still reading after a minute")
expect "Read aloud"                           -- back to Read aloud once it is heard out
-- plausible length: about 12 to 20 characters a second at 160 words a minute
local rate = #words / h.seconds
assert(rate > 8 and rate < 30, ("%d characters in %.1f s"):format(#words, h.seconds))

-- stopping: the sound ends at once and nothing more is heard
tap "Read aloud"
wait(1)
tap "Stop reading"
expect "Read aloud"
local stopped = heard().seconds
assert(stopped > 0.9 and stopped < 1.2, "stopped after " .. stopped .. " s")
wait(10)
assert(heard().seconds == stopped, "sound went on after Stop reading")
assert(not heard().playing)

-- chosen once, each new screen is read by itself
start()
expect_screen "question"
expect "Stop reading"                         -- the Read aloud button, reading
words = said()
assert(contains(words, "Have you used this screen before?"), "the new screen was not read")
assert(contains(words, "1: Yes.") and contains(words, "2: No."))
key "2"                                       -- number keys pick choice N: "No"
expect "How pain works"
expect_screen "scene"
expect "Stop reading"
assert(contains(said(), "2: How pain works."))
tap "Let's begin"
expect "Where is your pain?"
tap "My back"
assert(contains(said(), "Where is your pain?"), "a tick re-read the screen")
tap "Next"

-- a private question: its words are not read on the speakers, the choices are
expect "Is there new numbness between your legs or around your bottom?"
words = said()
assert(contains(words, "This question is on the screen."), "no notice for a private question")
assert(not contains(words, "numbness"), "a private question was read aloud on the speakers")
assert(contains(words, "1: Yes.") and contains(words, "3: Not sure."), "choices not read")
wait(2)
assert(heard().peak > 3000, "the choices were not heard")
shot "read_private"
tap "No"
tap "Skip"                                    -- bladder

-- a scale: read as a range, the ends with their words
expect "How much pain do you have right now?"
words = said()
assert(contains(words, "0 to 10."), "the scale is not read as a range: " .. words)
assert(contains(words, "10: Worst pain imaginable."))
key "7"                                       -- on a scale the digit is the number itself
expect "How has your sleep been?"

-- the idle warning is read, and speech users get twice the countdown (60 s, not 30)
wait(91)
expect_screen "idle_warning"
assert(contains(said(), "Are you still there?"), "the idle warning was not read")
expect "Stop reading"
wait(45)
expect_screen "idle_warning"                  -- 30 s would have wiped it by now
tap "I'm still here"
expect "How has your sleep been?"
tap "Poor"
type "ok"
tap "Next"
expect_screen "pick"
expect "Stop reading"
tap "Next"
expect_screen "list"
expect "Stop reading"
assert(not contains(said(), "Poor"), "the list was read aloud on the speakers")
tap "Next"
expect_screen "end"
expect "Stop reading"
wait(25)
expect_screen "attract"
tap "Read aloud"
wait(30)

-- the urgent screen: the button is there; the private flag's words are not read
start()
expect_screen "question"
assert(contains(said(), "Have you used this screen before?"), "read aloud did not carry over")
tap "Yes"
tap "Let's begin"
tap "My back"
tap "Next"
tap "Yes"
expect_screen "urgent"
expect "Stop reading"
words = said()
assert(contains(words, "Please go to the front desk now"), "the urgent screen was not read")
assert(not contains(words, "check on you now"), "a private flag was read on the speakers")
assert(contains(words, "1: I have asked for help."))
shot "read_urgent"
tap "I have asked for help"
expect_screen "urgent"
expect "Someone from the desk will come to you"
hold "top-left"                               -- only staff clear it (sample_read_aloud.conf)
for d in ("1357"):gmatch("%d") do tap(d) end
expect_screen "attract"
