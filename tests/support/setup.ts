import "reflect-metadata";

process.env.APOLLO_TELEMETRY_DISABLED = "1";
process.env.LOG_LEVEL ??= "silent";
