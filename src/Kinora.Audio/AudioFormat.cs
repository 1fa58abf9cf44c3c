namespace Kinora.Audio;

/// <summary>The soundtrack's fixed format: 48 kHz stereo, written as 16-bit PCM.</summary>
internal static class AudioFormat
{
    public const int SampleRate = 48000;
    public const int Channels = 2;

    /// <summary>Converts decibels to a linear amplitude factor.</summary>
    public static double Gain(double db) => Math.Pow(10, db / 20);
}
