using Kinora.Core;

namespace Kinora.Audio;

/// <summary>
/// A city heard from the street: a low rumble of engines, cars that swell and pass from one side to the other,
/// and now and then a distant two-tone horn.
/// </summary>
internal sealed class TrafficLayer : IAmbienceLayer
{
    const int ControlPeriod = 32;
    const double Tick = ControlPeriod / (double)AudioFormat.SampleRate;
    // Calibrated so that level 0 dB gives about −20 LUFS.
    const double Makeup = 0.9;
    const int MaxCars = 6;

    readonly double level, carsPerSecond, hornsPerSecond;
    NoiseSource noiseL, noiseR;
    Pcg32 events;
    SlowRandom rumbleDrift;
    double brownL, brownR;
    Biquad rumbleL, rumbleR;
    StateVariableFilter carL, carR;
    readonly Car[] cars = new Car[MaxCars];
    double time, nextCar, nextHorn;
    double carGainL, carGainR, carStepL, carStepR, rumbleAmp, rumbleStep;
    int countdown;

    // Horn state: two detuned tones with a few harmonics, gated by a soft envelope.
    double hornStart = double.NegativeInfinity, hornLength, hornFreq, hornPan, hornPhase1, hornPhase2, hornLowPass;
    int hornBeeps;

    record struct Car(double Start, double Length, double Amplitude, double Direction, bool Live);

    /// <param name="levelDb">Level relative to calibrated city traffic, in dB.</param>
    /// <param name="carsPerMinute">Cars passing close enough to hear one by one.</param>
    /// <param name="hornsPerMinute">Distant horns.</param>
    public TrafficLayer(Pcg32 rng, double levelDb, double carsPerMinute, double hornsPerMinute)
    {
        level = AudioFormat.Gain(levelDb) * Makeup;
        carsPerSecond = carsPerMinute / 60;
        hornsPerSecond = hornsPerMinute / 60;
        noiseL = new NoiseSource(NoiseSource.Split(ref rng));
        noiseR = new NoiseSource(NoiseSource.Split(ref rng));
        events = NoiseSource.Split(ref rng);
        rumbleDrift = new SlowRandom(NoiseSource.Split(ref rng), 0.2, Tick);
        rumbleL = Biquad.LowPass(AudioFormat.SampleRate, 220, 0.7);
        rumbleR = Biquad.LowPass(AudioFormat.SampleRate, 240, 0.7);
        carL.Tune(AudioFormat.SampleRate, 400, 0.8);
        carR.Tune(AudioFormat.SampleRate, 420, 0.8);
        nextCar = Exponential(carsPerSecond) * 0.5;
        nextHorn = Exponential(hornsPerSecond);
        // A street is never empty: a car is already passing when the scene starts.
        SpawnCar(-events.Range(0, 3));
    }

    public void AddTo(Span<float> left, Span<float> right)
    {
        for (int i = 0; i < left.Length; i++)
        {
            if (countdown == 0) Control();
            countdown--;
            carGainL += carStepL; carGainR += carStepR; rumbleAmp += rumbleStep;
            double wl = noiseL.Next(), wr = noiseR.Next();
            // Leaky integration turns white noise brown: the weight of engines and tyres.
            brownL = 0.997 * brownL + 0.03 * wl;
            brownR = 0.997 * brownR + 0.03 * wr;
            double l = rumbleL.Process(brownL) * rumbleAmp;
            double r = rumbleR.Process(brownR) * rumbleAmp;
            carL.Process(wl, out double bl);
            carR.Process(wr, out double br);
            l += bl * carGainL * 0.12;
            r += br * carGainR * 0.12;

            double h = Horn();
            l += h * (1 - hornPan);
            r += h * (1 + hornPan);
            left[i] += (float)(l * level);
            right[i] += (float)(r * level);
        }
    }

    double Horn()
    {
        double u = time + (ControlPeriod - countdown) / (double)AudioFormat.SampleRate - hornStart;
        if (u < 0 || u > hornLength * hornBeeps + 0.2 * (hornBeeps - 1) + 0.1) return 0;
        double within = u % (hornLength + 0.2);
        double env = within < 0.015 ? within / 0.015 : within < hornLength ? 1 : Math.Max(0, 1 - (within - hornLength) / 0.06);
        hornPhase1 += hornFreq / AudioFormat.SampleRate;
        hornPhase2 += hornFreq * 1.26 / AudioFormat.SampleRate;
        hornPhase1 -= Math.Floor(hornPhase1);
        hornPhase2 -= Math.Floor(hornPhase2);
        double s = Tone(hornPhase1) + Tone(hornPhase2);
        // Distance takes the edge off: a one-pole low-pass near 1.2 kHz.
        hornLowPass += 0.15 * (s * env - hornLowPass);
        return hornLowPass * 0.01;
    }

    static double Tone(double phase)
    {
        double w = 2 * Math.PI * phase;
        return Math.Sin(w) + 0.5 * Math.Sin(2 * w) + 0.3 * Math.Sin(3 * w);
    }

    void Control()
    {
        countdown = ControlPeriod;
        time += Tick;
        if (time >= nextCar)
        {
            SpawnCar(time);
            nextCar = time + 0.8 + Exponential(carsPerSecond);
        }
        if (time >= nextHorn)
        {
            hornStart = time;
            hornLength = events.Range(0.18, 0.7);
            hornBeeps = events.Chance(0.35) ? 2 : 1;
            hornFreq = events.Range(330, 460);
            hornPan = events.Range(-0.8, 0.8);
            nextHorn = time + 4 + Exponential(hornsPerSecond);
        }

        double gl = 0, gr = 0;
        for (int c = 0; c < cars.Length; c++)
        {
            ref var car = ref cars[c];
            if (!car.Live) continue;
            double u = (time - car.Start) / car.Length;
            if (u >= 1) { car.Live = false; continue; }
            if (u < 0) continue;
            double env = Math.Sin(Math.PI * u);
            env = env * env * env * car.Amplitude;
            double pan = car.Direction * (2 * u - 1) * 0.8;
            gl += env * (1 - pan);
            gr += env * (1 + pan);
        }
        carStepL = (gl - carGainL) / ControlPeriod;
        carStepR = (gr - carGainR) / ControlPeriod;
        rumbleStep = ((0.8 + 0.4 * rumbleDrift.Next()) - rumbleAmp) / ControlPeriod;
    }

    void SpawnCar(double start)
    {
        for (int c = 0; c < cars.Length; c++)
        {
            if (cars[c].Live) continue;
            cars[c] = new Car(start, events.Range(3, 7), events.Range(0.4, 1.0), events.Chance(0.5) ? 1 : -1, true);
            return;
        }
    }

    double Exponential(double perSecond) => perSecond <= 0 ? double.PositiveInfinity : -Math.Log(1 - events.NextDouble()) / perSecond;
}
