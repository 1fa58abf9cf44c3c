#version 450 core
// A separable Gaussian (13 taps read as 7 bilinear fetches) along uStep, for the bloom layer.
in vec2 vUv;
uniform sampler2D uSource;
uniform vec2 uStep; // one texel along the blur direction, times the spread
layout(location = 0) out vec4 outColour;

void main()
{
    const float offsets[3] = float[](1.4117647, 3.2941176, 5.1764706);
    const float weights[3] = float[](0.2969070, 0.0944704, 0.0103814);
    vec3 sum = texture(uSource, vUv).rgb * 0.1964826;
    for (int i = 0; i < 3; i++)
        sum += (texture(uSource, vUv + uStep * offsets[i]).rgb + texture(uSource, vUv - uStep * offsets[i]).rgb) * weights[i];
    outColour = vec4(sum, 1.0);
}
