/*
 * bundle.h -- signed script-pack bundles, for updates from a USB stick.
 *
 * A bundle is one file (NAME.wrpack): the line "waitroom-bundle 1", then each file of the
 * pack as "file <path> <size>" and its bytes, then "end", then "signature ed25519 " and the
 * 64-byte ed25519 signature (libsodium's crypto_sign_detached) of everything before it. The
 * clinical lead makes a key pair once (--new-key), signs each reviewed pack (--sign-pack);
 * each kiosk holds the public key in its configuration (update_key) and refuses a bundle
 * whose signature does not verify. No patient data is ever in a bundle.
 */
#ifndef WR_BUNDLE_H
#define WR_BUNDLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#define WR_BUNDLE_MAX (64u << 20) /* bytes: a pack with pictures and PDF handouts fits */
#define WR_PUBLIC_KEY_HEX 64

/* --new-key: writes BASE.key (the secret key, mode 0600: keep it off the kiosks) and
 * BASE.pub (the public key, as the configuration line "update_key = <hex>"). Prints what it
 * did to 'out'. 0, or -1 with the reason printed. */
int wr_bundle_new_key(const char *base, FILE *out);

/* --sign-pack: checks the pack in 'dir' with the full checker (a pack with errors is
 * refused unless 'force', which exists for testing the kiosk's own refusal), then writes it
 * as a bundle signed with the secret key in 'key_file' to 'out_path'. 0, or -1. */
int wr_bundle_sign(const char *dir, const char *key_file, const char *out_path, bool force,
                   FILE *log);

/* Reads a public key written as 64 hex digits into pk[32]; 0, or -1. */
int wr_bundle_parse_key(const char *hex, unsigned char pk[32]);

/* Verifies the bundle at 'path' with public key 'pk' and unpacks its files into the
 * existing empty folder 'dest'. 0, or -1 with a reason for staff in 'why' ("the signature
 * does not match: ..."); nothing is unpacked unless the signature holds. */
int wr_bundle_unpack(const char *path, const unsigned char pk[32], const char *dest, char *why,
                     size_t n);

#endif
