namespace Kinora.Pipeline;

/// <summary>A worker process could not start or died; the message says why, in its own words where it gave any.</summary>
public sealed class WorkerFailedException(string message) : Exception(message);
