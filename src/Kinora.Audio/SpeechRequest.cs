namespace Kinora.Audio;

/// <summary>One call to espeak-ng: voice name, pitch 0..99, rate in words per minute, amplitude 0..200, and the text.</summary>
internal readonly record struct SpeechRequest(string Voice, int Pitch, int Rate, int Amplitude, string Text);
