# Debian packages with CPack (issue 14): `tools/deb.sh` builds them.
#   waitroom_<version>_<arch>.deb              the kiosk, its print worker, assets, the sample
#                                              pack, the unit, /etc/waitroom/waitroom.conf
#   waitroom-pack-clinic_<version>_all.deb     the clinical pack, on its own, so a clinic
#                                              group can ship its own pack the same way
# Dependencies of the binaries are computed by dpkg-shlibdeps.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME waitroom)
set(CPACK_PACKAGE_VENDOR "waitroom")
set(CPACK_PACKAGE_CONTACT "waitroom maintainers <waitroom@localhost>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX ${CMAKE_INSTALL_PREFIX})
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL kiosk pack_clinic)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://example.invalid/waitroom")

set(CPACK_DEBIAN_KIOSK_PACKAGE_NAME waitroom)
set(CPACK_DEBIAN_KIOSK_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_KIOSK_PACKAGE_DEPENDS "passwd")
set(CPACK_DEBIAN_KIOSK_PACKAGE_RECOMMENDS "waitroom-pack-clinic, cups-daemon")
set(CPACK_DEBIAN_KIOSK_DESCRIPTION "offline waiting-room kiosk for pain clinics
waitroom explains how pain works, screens for red flags (sending the patient to the
desk at once), and prints a personal list of questions for the consultation. It runs
straight on the console as a hardened systemd service, with no network and nothing
written to disk.")
set(CPACK_DEBIAN_KIOSK_PACKAGE_CONTROL_EXTRA
    "${CMAKE_CURRENT_SOURCE_DIR}/debian/postinst;${CMAKE_CURRENT_SOURCE_DIR}/debian/prerm;${CMAKE_CURRENT_SOURCE_DIR}/debian/postrm;${CMAKE_CURRENT_SOURCE_DIR}/debian/conffiles")
set(CPACK_DEBIAN_KIOSK_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_PACK_CLINIC_PACKAGE_NAME waitroom-pack-clinic)
set(CPACK_DEBIAN_PACK_CLINIC_PACKAGE_ARCHITECTURE all)
set(CPACK_DEBIAN_PACK_CLINIC_PACKAGE_DEPENDS "waitroom (>= ${PROJECT_VERSION})")
set(CPACK_DEBIAN_PACK_CLINIC_DESCRIPTION "clinical script pack for the waitroom kiosk
The pain-science explanations, red-flag questions, handouts and question list the
kiosk shows, in English and Spanish, as reviewed by the clinic. Installed in
/usr/share/waitroom/scripts/clinic.")
include(CPack)
