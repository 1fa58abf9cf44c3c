using Kinora.Core;

namespace Kinora.Audio;

/// <summary>
/// The sound of an empty room: dull pink-ish noise (air, distant ventilation) and a faint mains hum with its
/// first harmonics. Without it, cuts between interior shots would drop into digital silence.
/// </summary>
internal sealed class RoomToneLayer : IAmbienceLayer
{
    // Calibrated so that level 0 dB gives about −20 LUFS.
    const double Makeup = 0.25;

    readonly double level, humLevel;
    NoiseSource noiseL, noiseR;
    Pink pinkL, pinkR;
    Biquad dullL, dullR;
    // The hum is a rotating phasor: exact, drift-free and cheaper than a sine per sample.
    double humRe = 1, humIm, rotRe, rotIm;
    int renormalise;

    /// <param name="levelDb">Level relative to calibrated room tone, in dB.</param>
    /// <param name="humHz">Mains frequency, in Hz (50 or 60).</param>
    /// <param name="humDb">Hum level relative to the noise, in dB.</param>
    public RoomToneLayer(Pcg32 rng, double levelDb, double humHz, double humDb)
    {
        level = AudioFormat.Gain(levelDb) * Makeup;
        humLevel = AudioFormat.Gain(humDb) * 0.08;
        noiseL = new NoiseSource(NoiseSource.Split(ref rng));
        noiseR = new NoiseSource(NoiseSource.Split(ref rng));
        dullL = Biquad.LowPass(AudioFormat.SampleRate, 3000, 0.6);
        dullR = Biquad.LowPass(AudioFormat.SampleRate, 3200, 0.6);
        double w = 2 * Math.PI * humHz / AudioFormat.SampleRate;
        rotRe = Math.Cos(w);
        rotIm = Math.Sin(w);
    }

    public void AddTo(Span<float> left, Span<float> right)
    {
        for (int i = 0; i < left.Length; i++)
        {
            double re = humRe * rotRe - humIm * rotIm;
            double im = humRe * rotIm + humIm * rotRe;
            humRe = re; humIm = im;
            if (++renormalise == 4096)
            {
                renormalise = 0;
                double m = 1 / Math.Sqrt(humRe * humRe + humIm * humIm);
                humRe *= m; humIm *= m;
            }
            // sin(θ), sin(2θ) and sin(3θ) from the phasor: fundamental plus the buzz of its harmonics.
            double s1 = im, c1 = re;
            double s2 = 2 * s1 * c1;
            double s3 = s1 * (3 - 4 * s1 * s1);
            double hum = (s1 + 0.5 * s2 + 0.3 * s3) * humLevel;

            double l = dullL.Process(pinkL.Next(noiseL.Next())) + hum;
            double r = dullR.Process(pinkR.Next(noiseR.Next())) + hum;
            left[i] += (float)(l * level);
            right[i] += (float)(r * level);
        }
    }

    /// <summary>Paul Kellet's economy pink filter (−3 dB/octave within ±0.5 dB above 40 Hz).</summary>
    struct Pink
    {
        double b0, b1, b2;

        public double Next(double white)
        {
            b0 = 0.99765 * b0 + white * 0.0990460;
            b1 = 0.96300 * b1 + white * 0.2965164;
            b2 = 0.57000 * b2 + white * 1.0526913;
            return (b0 + b1 + b2 + white * 0.1848) * 0.25;
        }
    }
}
