namespace Kinora.Pipeline;

/// <summary>
/// What the command line may fix on top of the inputs: film length in seconds, frame size, frame rate, seed.
/// Null means "as the production folder says, else the default".
/// </summary>
public sealed record PlanOverrides(double? Duration = null, int? Width = null, int? Height = null, int? Fps = null, long? Seed = null)
{
    public const long DefaultSeed = 1;
    public const double DefaultPromptDuration = 60;
}
