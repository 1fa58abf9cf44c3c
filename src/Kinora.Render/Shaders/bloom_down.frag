#version 450 core
// Bloom, step one, at a quarter of the internal resolution: the mean radiance of each 4×4 block (four bilinear
// taps), keeping only what exceeds the threshold (scaled down smoothly rather than cut, so nothing pops).
in vec2 vUv;
uniform sampler2D uLdr;
uniform vec2 uTexel; // one internal texel
uniform float uThreshold;
layout(location = 0) out vec4 outColour;

void main()
{
    vec3 x = 0.25 * (decodeScene(texture(uLdr, vUv + vec2(-1.0, -1.0) * uTexel).rgb)
                   + decodeScene(texture(uLdr, vUv + vec2(1.0, -1.0) * uTexel).rgb)
                   + decodeScene(texture(uLdr, vUv + vec2(-1.0, 1.0) * uTexel).rgb)
                   + decodeScene(texture(uLdr, vUv + vec2(1.0, 1.0) * uTexel).rgb));
    float peak = max(x.r, max(x.g, x.b));
    outColour = vec4(x * (max(peak - uThreshold, 0.0) / max(peak, 1e-4)), 1.0);
}
