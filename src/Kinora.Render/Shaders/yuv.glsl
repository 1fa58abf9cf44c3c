// BT.709 limited-range coding of a display-referred colour, with the film grain: shared by the output passes.

// Grain: triangular noise from two 4-bit draws of a hash, in −1..1.
float grainNoise(uint bits)
{
    return (float(bits & 15u) + float((bits >> 4u) & 15u)) / 15.0 - 1.0;
}

// The luma byte (as a 0..1 texel value) with grain strongest in the mid-tones, as on film; inside is 0 in the
// letterbox bars, where there is no grain.
float lumaCode(float luma, float noise, float grain, float inside)
{
    float grained = luma + noise * grain * inside * 0.09 * (0.35 + luma * (1.0 - luma) * 2.6);
    return (16.0 + 219.0 * clamp(grained, 0.0, 1.0)) / 255.0;
}

// The chroma byte: Cr when isV, else Cb.
float chromaCode(vec3 c, float luma, bool isV)
{
    float chroma = isV ? (c.r - luma) / 1.5748 : (c.b - luma) / 1.8556;
    return (128.0 + 224.0 * clamp(chroma, -0.5, 0.5)) / 255.0;
}
