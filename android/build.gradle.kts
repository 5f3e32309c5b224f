// Android Gradle plugin 9 compiles Kotlin itself (built-in Kotlin: no org.jetbrains.kotlin.android
// plugin, which AGP 9 refuses). It brings its own Kotlin Gradle plugin; the classpath entry below
// raises it to the Kotlin the shell is written and checked with (scripts/android-check.sh: 2.4.20).
buildscript {
    repositories {
        google()
        mavenCentral()
    }
    dependencies {
        classpath("org.jetbrains.kotlin:kotlin-gradle-plugin:2.4.20")
    }
}

plugins {
    id("com.android.application") version "9.2.1" apply false
}
