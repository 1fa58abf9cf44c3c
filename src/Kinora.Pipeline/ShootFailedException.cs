namespace Kinora.Pipeline;

/// <summary>The shoot stopped: a segment failed twice, or the disk is too small. Nothing was written at the output path.</summary>
public sealed class ShootFailedException(string message) : Exception(message);
