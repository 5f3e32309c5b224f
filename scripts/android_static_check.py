#!/usr/bin/env python3
"""What the Android shell's manifest and Gradle build must say, checked without Gradle or Lint
(neither can be installed here). Each rule names the failure it prevents on a real phone.

Usage: android_static_check.py ANDROID_DIR
Prints each rule with ok/FAILED, then "android-static: N passed, N failed"; exits 1 on a failure.
"""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

A = "{http://schemas.android.com/apk/res/android}"


def main():
    android = Path(sys.argv[1])
    manifest = ET.parse(android / "app/src/main/AndroidManifest.xml").getroot()
    application = manifest.find("application")
    gradle = (android / "app/build.gradle.kts").read_text()
    rules_file = android / "app/src/main/res/xml/data_extraction_rules.xml"
    results = []

    def rule(ok, text):
        results.append((bool(ok), text))

    attr = lambda element, name: element.get(A + name)
    rule(attr(application, "enableOnBackInvokedCallback") == "true",
         "manifest: enableOnBackInvokedCallback=true (else Android 13+ ignores the app's back callback "
         "and back closes the app from any screen)")
    rule(attr(application, "allowBackup") == "false",
         "manifest: allowBackup=false (the encrypted vault must not go to a cloud backup)")
    rules_ref = attr(application, "dataExtractionRules")
    rule(rules_ref == "@xml/data_extraction_rules" and rules_file.is_file(),
         "manifest: dataExtractionRules names res/xml/data_extraction_rules.xml (Android 12+ device "
         "transfer ignores allowBackup)")
    if rules_file.is_file():
        extraction = ET.parse(rules_file).getroot()
        for section in ("cloud-backup", "device-transfer"):
            found = extraction.find(section)
            domains = {e.get("domain") for e in found.findall("exclude")} if found is not None else set()
            rule({"root", "file", "database", "sharedpref", "external"} <= domains,
                 f"data extraction rules: {section} excludes every domain")
    for kind in ("activity", "activity-alias", "service", "receiver", "provider"):
        for component in application.findall(kind):
            rule(attr(component, "exported") in ("true", "false"),
                 f"manifest: {kind} {attr(component, 'name')} says android:exported (required from Android 12)")
    permissions = {attr(p, "name") for p in manifest.findall("uses-permission")}
    rule("android.permission.INTERNET" not in permissions, "manifest: no INTERNET permission")
    activity = application.find("activity")
    rule(activity is not None and "adjustResize" in (attr(activity, "windowSoftInputMode") or ""),
         "manifest: the activity resizes for the keyboard (adjustResize)")

    def number(name):
        found = re.search(rf"\b{name}\s*=\s*(\d+)", gradle)
        return int(found.group(1)) if found else None

    min_sdk, target_sdk, compile_sdk = number("minSdk"), number("targetSdk"), number("compileSdk")
    rule(target_sdk is not None and target_sdk >= 36, f"gradle: targetSdk {target_sdk} ≥ 36 (store rules)")
    rule(compile_sdk is not None and target_sdk is not None and compile_sdk >= target_sdk,
         f"gradle: compileSdk {compile_sdk} ≥ targetSdk")
    desugared = "isCoreLibraryDesugaringEnabled = true" in gradle and "coreLibraryDesugaring(" in gradle
    rule(min_sdk is not None and (min_sdk >= 26 or desugared),
         f"gradle: java.time works at minSdk {min_sdk} (core library desugaring, or minSdk ≥ 26)")
    rule(re.search(r"abiFilters\s*\+?=\s*coreAbis", gradle) and re.search(r"coreAbis\.flatMap", gradle),
         "gradle: abiFilters is the list of ABIs cargoNdk builds the core for (JNA's AAR has seven; "
         "an x86 phone would pick one without libhuquq.so)")
    rule('gradleProperty("huquq.abis")' in gradle and 'gradleProperty("huquq.coreProfile")' in gradle,
         "gradle: a debug build can build one ABI (-Phuquq.abis) and the core's dev profile "
         "(-Phuquq.coreProfile=dev) instead of three optimised release builds")
    bindings = re.search(r"val uniffiBindings by tasks\.registering\(Exec::class\) \{(.*?)\n\}", gradle, re.S)
    rule(bindings and "inputs.file(" in bindings.group(1),
         "gradle: the bindings task declares the library as its input (else Gradle keeps stale bindings)")

    ignore_file = android.parent / ".gitignore"
    ignored = set(ignore_file.read_text().split()) if ignore_file.is_file() else set()
    for generated in ("/android/.gradle", "/android/app/build", "/android/local.properties",
                      "/android/app/src/main/jniLibs"):
        rule(generated in ignored, f".gitignore: {generated} (generated, or a path on one machine)")

    for ok, text in results:
        print(("ok      " if ok else "FAILED  ") + text)
    failed = sum(1 for ok, _ in results if not ok)
    print(f"android-static: {len(results) - failed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
