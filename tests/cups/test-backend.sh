#!/bin/sh
# wrtest -- the CUPS backend of the private test server (start-cupsd.sh), one behaviour per
# device URI:
#   wrtest:/good, /disabled, /rejecting, /desk   copy the job unchanged to $CUPS_SERVERROOT/out/NAME.pdf
#   wrtest:/paperout                       report media-empty-error and fail, like a receipt printer
#   wrtest:/broken                         fail
#   wrtest:/slow                           never finish
# Without arguments (device discovery) it lists nothing.
[ $# -eq 0 ] && exit 0
name=${DEVICE_URI#wrtest:/}
case $name in
    good|disabled|rejecting|desk)
        out=$CUPS_SERVERROOT/out
        cat "${6:-/dev/stdin}" > "$out/.$name.part" || exit 1
        mv "$out/.$name.part" "$out/$name.pdf"
        exit 0 ;;
    paperout)
        echo "STATE: +media-empty-error" >&2
        echo "ERROR: The printer is out of paper" >&2
        exit 1 ;;
    broken)
        echo "ERROR: The test printer broke" >&2
        exit 1 ;;
    slow)
        exec sleep 600 ;;
esac
echo "ERROR: unknown test device $DEVICE_URI" >&2
exit 1
