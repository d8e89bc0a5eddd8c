#!/bin/sh
# A print worker that never answers (for test_service): it notes its process id where
# WR_SLOW_WORKER_PID says, and sleeps. The kiosk must stop and reap it when it is stopped.
echo $$ > "$WR_SLOW_WORKER_PID"
exec sleep 300
