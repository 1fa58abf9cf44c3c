namespace Kinora.Audio.Tests;

public sealed class MeterTests
{
    static (float[] L, float[] R) Sine(double hz, double dbfs, double seconds, double phase = 0, bool rightToo = true)
    {
        int n = (int)(seconds * 48000);
        var l = new float[n];
        var r = new float[n];
        double a = Math.Pow(10, dbfs / 20);
        for (int i = 0; i < n; i++)
        {
            l[i] = (float)(a * Math.Sin(2 * Math.PI * hz * i / 48000 + phase));
            if (rightToo) r[i] = l[i];
        }
        return (l, r);
    }

    [Fact]
    public void A_997_Hz_sine_at_minus_23_dBFS_on_both_channels_reads_minus_23_LUFS()
    {
        // EBU Tech 3341, test 1.
        var (l, r) = Sine(997, -23, 20);
        var meter = new LoudnessMeter();
        meter.Add(l, r);
        Assert.Equal(-23.0, meter.IntegratedLufs, 0.1);
    }

    [Fact]
    public void Gating_ignores_silence_and_quiet_passages()
    {
        // EBU Tech 3341, test 3: 10 s at −36, 60 s at −23, 10 s at −36 dBFS reads −23 LUFS.
        var meter = new LoudnessMeter();
        foreach (var (db, s) in new[] { (-36.0, 10.0), (-23.0, 60.0), (-36.0, 10.0) })
        {
            var (l, r) = Sine(1000, db, s);
            meter.Add(l, r);
        }
        meter.Add(new float[48000 * 5], new float[48000 * 5]);
        Assert.Equal(-23.0, meter.IntegratedLufs, 0.1);
    }

    [Fact]
    public void Silence_has_no_loudness() 
    {
        var meter = new LoudnessMeter();
        meter.Add(new float[48000], new float[48000]);
        Assert.Equal(double.NegativeInfinity, meter.IntegratedLufs);
    }

    [Fact]
    public void True_peak_finds_the_crest_between_samples()
    {
        // A quarter-rate sine sampled at 45°: every sample is at 0.707, the wave itself reaches 1.
        var (l, r) = Sine(12000, -3, 0.5, Math.PI / 4);
        var meter = new TruePeakMeter();
        meter.Add(l, r);
        Assert.Equal(-3.0, meter.TruePeakDbtp, 0.2);
        Assert.True(l.Max() < Math.Pow(10, -5.9 / 20), "the samples themselves sit 3 dB lower");
    }

    [Fact]
    public void The_limiter_holds_the_true_peak_under_its_ceiling_and_leaves_quiet_signal_alone()
    {
        var (l, r) = Sine(9000, 3, 1, 0.3);
        var (ql, qr) = Sine(200, -20, 1);
        var limiter = new Limiter(-1.3);
        var loud = (L: l.ToArray(), R: r.ToArray());
        for (int at = 0; at < l.Length; at += 4800) limiter.Process(loud.L.AsSpan(at, 4800), loud.R.AsSpan(at, 4800));
        var meter = new TruePeakMeter();
        meter.Add(loud.L.AsSpan(limiter.Latency), loud.R.AsSpan(limiter.Latency));
        Assert.True(meter.TruePeakDbtp <= -1.2, $"{meter.TruePeakDbtp:F2} dBTP");

        var quiet = new Limiter(-1.3);
        var ql2 = ql.ToArray(); var qr2 = qr.ToArray();
        quiet.Process(ql2, qr2);
        for (int i = quiet.Latency; i < ql.Length; i++) Assert.Equal(ql[i - quiet.Latency], ql2[i]);
    }

    [Fact]
    public void The_resampler_turns_a_22050_Hz_tone_into_the_same_tone_at_48_kHz()
    {
        int n = 22050;
        var x = new float[n];
        for (int i = 0; i < n; i++) x[i] = (float)(0.5 * Math.Sin(2 * Math.PI * 1000 * i / 22050.0));
        var y = Resampler.For(22050, 48000).Process(x);
        Assert.Equal(48000, y.Length);
        double err = 0, sig = 0;
        for (int i = 2000; i < 46000; i++)
        {
            double ideal = 0.5 * Math.Sin(2 * Math.PI * 1000 * i / 48000.0);
            err += (y[i] - ideal) * (y[i] - ideal);
            sig += ideal * ideal;
        }
        Assert.True(10 * Math.Log10(err / sig) < -70, $"error {10 * Math.Log10(err / sig):F1} dB");
    }

    [Fact]
    public void Time_compression_keeps_the_pitch_and_hits_the_length()
    {
        var x = new float[96000];
        for (int i = 0; i < x.Length; i++) x[i] = (float)(0.5 * Math.Sin(2 * Math.PI * 150 * i / 48000.0));
        var y = TimeCompressor.Compress(x, 72000);
        Assert.Equal(72000, y.Length);
        // Count zero crossings in the steady middle: same frequency, fewer seconds.
        int crossings = 0;
        for (int i = 24001; i < 48000; i++) if (y[i - 1] < 0 && y[i] >= 0) crossings++;
        Assert.InRange(crossings, 73, 77);
    }
}
