// The Huquq app: Kotlin on framework views, the Rust core as libhuquq.so through uniffi and JNA.
plugins {
    id("com.android.application")
}

// The Rust workspace (Cargo.toml) is the parent of the Gradle project.
val repoRoot: File = rootDir.parentFile
val cargoTarget: File = providers.environmentVariable("CARGO_TARGET_DIR").map { File(it) }.getOrElse(repoRoot.resolve("target"))
val jniLibsDir: File = layout.projectDirectory.dir("src/main/jniLibs").asFile
val uniffiDir: File = layout.buildDirectory.dir("generated/uniffi").get().asFile

// The phone ABIs the core is built for (cargo-ndk names), and the build profile. A developer trying
// a change on one phone builds that phone's ABI in the dev profile, in seconds rather than minutes:
//   ./gradlew installDebug -Phuquq.abis=arm64-v8a -Phuquq.coreProfile=dev
// A release (and a plain build) builds all three, optimised.
val coreAbis: List<String> = providers.gradleProperty("huquq.abis")
    .map { it.split(',').map(String::trim).filter(String::isNotEmpty) }
    .getOrElse(listOf("arm64-v8a", "armeabi-v7a", "x86_64"))
val coreRelease: Boolean = providers.gradleProperty("huquq.coreProfile").getOrElse("release") == "release"

android {
    namespace = "org.huquq.android"
    compileSdk = 36
    // cargo-ndk links with this NDK unless ANDROID_NDK_HOME names another.
    ndkVersion = "28.2.13676358"

    defaultConfig {
        applicationId = "org.huquq.android"
        // Android 7 stays supported (cheap phones keep old versions): java.time, which the shell
        // and the generated bindings use, comes from core library desugaring below 8.0.
        minSdk = 24
        targetSdk = 36
        versionCode = 1
        versionName = "0.1.0"
        // Only the ABIs libhuquq.so exists for: JNA's AAR carries seven, and a phone that picked one
        // without the core (x86) would fail at launch.
        ndk {
            abiFilters += coreAbis
        }
    }

    buildTypes {
        release {
            isMinifyEnabled = true
            isShrinkResources = true
            proguardFiles(getDefaultProguardFile("proguard-android-optimize.txt"), "proguard-rules.pro")
        }
    }

    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
        isCoreLibraryDesugaringEnabled = true
    }

    sourceSets {
        getByName("main") {
            // The Kotlin bindings generated from the core (org.huquq, org.huquq.core).
            kotlin.srcDir(uniffiDir)
        }
    }

    testOptions {
        unitTests.all {
            it.useJUnitPlatform()
            // The screen tests run the real core: the host build of libhuquq, loaded by JNA.
            it.dependsOn("hostLibrary")
            it.systemProperty("jna.library.path", cargoTarget.resolve("debug").path)
            // As scripts/android-check.sh runs them on Java 17.
            it.jvmArgs("--add-opens", "java.base/java.io=ALL-UNNAMED")
        }
    }
}

kotlin {
    compilerOptions {
        allWarningsAsErrors.set(true)
    }
}

dependencies {
    // The only runtime dependency: how the uniffi bindings call libhuquq.so (the AAR carries
    // JNA's own native dispatch library for every Android ABI; abiFilters keeps the core's three).
    implementation("net.java.dev.jna:jna:5.17.0@aar")
    // java.time (Instant, LocalDate) on Android 7.0–7.1, where the platform lacks it.
    coreLibraryDesugaring("com.android.tools:desugar_jdk_libs:2.1.5")

    testImplementation(platform("org.junit:junit-bom:5.13.4"))
    testImplementation("org.junit.jupiter:junit-jupiter")
    testImplementation("org.jetbrains.kotlin:kotlin-test-junit5:2.4.20")
    testRuntimeOnly("org.junit.platform:junit-platform-launcher")
    // Screen tests (app/src/test/.../screens): Robolectric runs on JUnit 4, through the vintage engine.
    testImplementation("org.robolectric:robolectric:4.14.1")
    testImplementation("junit:junit:4.13.2")
    testRuntimeOnly("org.junit.vintage:junit-vintage-engine")
    // JNA as a plain jar on the JVM (the AAR above is for the phone).
    testImplementation("net.java.dev.jna:jna:5.17.0")
}

// libhuquq.so for each phone ABI (release profile, size-optimized, unless huquq.coreProfile says
// dev), into src/main/jniLibs/<abi>/. Cargo decides what is out of date, so the task always runs and
// is quick when nothing changed.
val cargoNdk by tasks.registering(Exec::class) {
    group = "huquq"
    description = "Cross-compiles the Rust core for the phone ABIs with cargo-ndk."
    workingDir = repoRoot
    commandLine(
        listOf("cargo", "ndk") + coreAbis.flatMap { listOf("-t", it) } +
            listOf("-o", jniLibsDir.path, "build", "-p", "huquq-ffi") +
            (if (coreRelease) listOf("--release") else emptyList()),
    )
    val ndk = androidComponents.sdkComponents.ndkDirectory
    doFirst {
        // cargo-ndk finds the NDK through ANDROID_NDK_HOME; default to the one this build uses.
        if (System.getenv("ANDROID_NDK_HOME") == null) {
            (this as Exec).environment("ANDROID_NDK_HOME", ndk.get().asFile.path)
        }
    }
}

// The bindings are generated from a host build of the same library: uniffi reads the interface
// from the compiled library's metadata, which is the same for every target.
val hostLibrary by tasks.registering(Exec::class) {
    group = "huquq"
    description = "Builds libhuquq for this computer, the input of uniffi-bindgen."
    workingDir = repoRoot
    commandLine("cargo", "build", "-p", "huquq-ffi")
}

val hostLibraryFile: File = cargoTarget.resolve("debug/" + System.mapLibraryName("huquq"))

val uniffiBindings by tasks.registering(Exec::class) {
    group = "huquq"
    description = "Generates the Kotlin bindings of the core into build/generated/uniffi."
    dependsOn(hostLibrary)
    // The library is the input: a core change regenerates the bindings (stale ones would fail at
    // the first call with a checksum mismatch).
    inputs.file(hostLibraryFile)
    workingDir = repoRoot
    commandLine(
        "cargo", "run", "-p", "uniffi-bindgen", "--",
        "generate", "--library", hostLibraryFile.path,
        "--language", "kotlin", "--out-dir", uniffiDir.path,
        // No ktlint needed: formatting generated code changes nothing the compiler sees.
        "--no-format",
    )
    outputs.dir(uniffiDir)
}

tasks.named("preBuild") {
    dependsOn(cargoNdk, uniffiBindings)
}
