namespace Kinora.Audio;

/// <summary>One strand of a scene's ambience (surf, wind, birds…). Layers run continuously: each call carries on where the last stopped.</summary>
internal interface IAmbienceLayer
{
    /// <summary>Adds the next left.Length samples (48 kHz) into both channels.</summary>
    void AddTo(Span<float> left, Span<float> right);
}
